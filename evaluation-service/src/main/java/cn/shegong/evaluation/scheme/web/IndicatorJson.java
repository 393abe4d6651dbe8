package cn.shegong.evaluation.scheme.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.IndicatorNature;
import cn.shegong.evaluation.scheme.model.IndicatorType;
import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * An indicator as the API shows and takes it: a group when it has {@code children},
 * otherwise a leaf with its type, nature, scorer and, when filled automatically, its data
 * source and mapping. The same shape is read and published, so a version can be fetched,
 * edited and published as the next one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorJson(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name,
		@NotNull BigDecimal weight, List<@NotNull @Valid IndicatorJson> children, IndicatorType type,
		IndicatorNature nature, ScorerRole scorer, @Valid AutomaticJson automatic) {

	/** The figure that fills a leaf, and how it becomes the leaf's score. */
	record AutomaticJson(@NotNull DataSource source, @NotNull BigDecimal floorPercent,
			@NotNull BigDecimal targetPercent) {

	}

}
