package cn.shegong.evaluation.scheme.persistence;

import java.math.RoundingMode;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.CompositeWeights;
import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.model.ScoreRounding;

import static org.assertj.core.api.Assertions.assertThat;

class SchemeDocumentsTest {

	private static final Instant PUBLISHED = Instant.parse("2026-03-01T02:00:00Z");

	@Test
	void theTownshipStationSchemeReadsBackFromItsStoredFormUnchanged() {
		IndicatorScheme township = DefaultSchemes.townshipStation();

		SchemeVersionDocument stored = SchemeDocuments.of(township, PUBLISHED);

		assertThat(SchemeDocuments.toScheme(township.id(), stored)).isEqualTo(township);
		assertThat(stored.publishedAt()).isEqualTo(PUBLISHED);
	}

	@Test
	void weightsKeepTheDecimalsTheyWerePublishedWith() {
		SchemeVersionDocument stored = SchemeDocuments.of(DefaultSchemes.townshipStation(), PUBLISHED);

		SchemeVersionDocument.Node certifiedRatio = stored.roots().get(0).children().get(0).children().get(1);
		assertThat(certifiedRatio.code()).isEqualTo("1.1.2");
		assertThat(certifiedRatio.targetPercent()).isEqualTo("66.66");
		assertThat(certifiedRatio.children()).isNull();
	}

	@Test
	void settingsOtherThanTheDefaultsReadBackUnchanged() {
		SchemeDraft township = DefaultSchemes.townshipStationDraft();
		IndicatorScheme truncating = new SchemeDraft(township.id(), township.name(),
				township.settings().withRounding(new ScoreRounding(3, RoundingMode.DOWN)), township.roots())
			.publishAs(4);

		IndicatorScheme back = SchemeDocuments.toScheme(truncating.id(), SchemeDocuments.of(truncating, PUBLISHED));

		assertThat(back).isEqualTo(truncating);
		assertThat(back.settings().composite()).isEqualTo(CompositeWeights.defaults());
		assertThat(back.version()).isEqualTo(4);
	}

}
