package cn.shegong.evaluation.scheme.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.CompositeResult;
import cn.shegong.evaluation.scoring.model.CompositeScoring;
import cn.shegong.evaluation.scoring.model.FinanceCheck;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedSchemesTest {

	@Test
	void theZhanjiangStyleSchemeIsTheTownshipTreeTruncatedToTwoDecimals() {
		IndicatorScheme zhanjiang = ShippedSchemes.zhanjiangStyle();

		assertThat(zhanjiang.id()).isEqualTo("zhanjiang-style");
		assertThat(zhanjiang.version()).isEqualTo(1);
		assertThat(zhanjiang.roots()).isEqualTo(DefaultSchemes.townshipStation().roots());
		assertThat(zhanjiang.settings().rounding().mode()).isEqualTo(RoundingMode.DOWN);
		assertThat(zhanjiang.settings().rounding().scale()).isEqualTo(2);
	}

	@Test
	void theZhanjiangStyleSchemeReproducesZhanjiangsPublished9455Excellent() {
		Map<ScorerRole, BigDecimal> published = Map.of(ScorerRole.THIRD_PARTY, new BigDecimal("93.65"),
				ScorerRole.BUYER, new BigDecimal("96"), ScorerRole.SERVICE_USERS, new BigDecimal("98"));

		CompositeResult result = CompositeScoring.score(ShippedSchemes.zhanjiangStyle().settings(), published,
				FinanceCheck.PASSED);

		assertThat(result.score()).isEqualTo("94.55");
		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void thePlatformShipsTheTownshipStationAndTheZhanjiangStyleSchemes() {
		assertThat(ShippedSchemes.shipped()).extracting(IndicatorScheme::id)
			.containsExactly(DefaultSchemes.TOWNSHIP_STATION, ShippedSchemes.ZHANJIANG_STYLE);
	}

}
