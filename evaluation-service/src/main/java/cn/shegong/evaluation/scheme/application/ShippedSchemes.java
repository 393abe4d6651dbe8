package cn.shegong.evaluation.scheme.application;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.model.ScoreRounding;
import cn.shegong.evaluation.scheme.persistence.PublishedSchemes;

/**
 * Stores the schemes the platform ships as their version 1 when the service starts and
 * they are not there yet. Each is inserted under its id, so restarts and instances
 * starting together store it once; a scheme already published (in any version) is left as
 * it is.
 */
@Component
@ConditionalOnProperty(name = "shegong.evaluation.schemes.ship-defaults", havingValue = "true", matchIfMissing = true)
class ShippedSchemes implements ApplicationRunner {

	/** The township station tree scored as Zhanjiang publishes its results. */
	static final String ZHANJIANG_STYLE = "zhanjiang-style";

	private static final Logger log = LoggerFactory.getLogger(ShippedSchemes.class);

	private final PublishedSchemes schemes;

	private final Clock clock;

	ShippedSchemes(PublishedSchemes schemes, Clock clock) {
		this.schemes = schemes;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (IndicatorScheme scheme : shipped()) {
			if (this.schemes.insertIfAbsent(scheme, this.clock.instant())) {
				log.info("Stored shipped indicator scheme {} as version 1", scheme.id());
			}
		}
	}

	static List<IndicatorScheme> shipped() {
		return List.of(DefaultSchemes.townshipStation(), zhanjiangStyle());
	}

	/**
	 * Zhanjiang weighs third party 70 / buyer 20 / service users 10 and publishes results
	 * truncated to two decimals: the only common rounding that turns its published
	 * example's 94.555 into 94.55 (DOMAIN.md §6).
	 */
	static IndicatorScheme zhanjiangStyle() {
		SchemeDraft township = DefaultSchemes.townshipStationDraft();
		return new SchemeDraft(ZHANJIANG_STYLE, "乡镇（街道）社工站项目评估指标体系（湛江计分方式）",
				township.settings().withRounding(new ScoreRounding(2, RoundingMode.DOWN)), township.roots())
			.publishAs(1);
	}

}
