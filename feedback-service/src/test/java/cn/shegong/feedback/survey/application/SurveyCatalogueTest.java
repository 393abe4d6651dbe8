package cn.shegong.feedback.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.Survey;
import cn.shegong.feedback.survey.persistence.SurveyVersions;
import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SurveyCatalogueTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private static final Survey FIRST = Survey.firstVersion(Instant.parse("2027-01-01T00:00:00Z"));

	private final SurveyVersions versions = mock(SurveyVersions.class);

	@Test
	void theFirstVersionIsStoredWhenNoSurveyExists() {
		when(this.versions.latest()).thenReturn(Optional.empty());

		new SurveyCatalogue(this.versions, CLOCK);

		ArgumentCaptor<Survey> stored = ArgumentCaptor.forClass(Survey.class);
		verify(this.versions).insertIfAbsent(stored.capture());
		assertThat(stored.getValue().version()).isEqualTo(1);
		assertThat(stored.getValue().ratingQuestions()).hasSize(7);
	}

	@Test
	void anExistingSurveyIsLeftAsItIs() {
		when(this.versions.latest()).thenReturn(Optional.of(FIRST));

		new SurveyCatalogue(this.versions, CLOCK);

		verify(this.versions, never()).insertIfAbsent(any());
	}

	@Test
	void aNewVersionTakesTheNextNumber() {
		when(this.versions.latest()).thenReturn(Optional.of(FIRST));
		when(this.versions.insertIfAbsent(any())).thenReturn(true);

		Survey second = catalogue().publish(Map.of(SatisfactionDimension.ATTITUDE, "态度？"),
				Map.of(AwarenessItem.STAFF, "认识社工吗？"));

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.publishedAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void twoAdminsPublishingAtOnceCannotBothTakeTheNumber() {
		when(this.versions.latest()).thenReturn(Optional.of(FIRST));
		when(this.versions.insertIfAbsent(any())).thenReturn(false);

		assertThatThrownBy(() -> catalogue().publish(Map.of(SatisfactionDimension.ATTITUDE, "态度？"), Map.of()))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("survey-published-concurrently");
	}

	@Test
	void anUnpublishedVersionIsRefused() {
		when(this.versions.latest()).thenReturn(Optional.of(FIRST));
		when(this.versions.find(7)).thenReturn(Optional.empty());

		assertThatThrownBy(() -> catalogue().version(7)).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("survey-version-unknown");
	}

	private SurveyCatalogue catalogue() {
		return new SurveyCatalogue(this.versions, CLOCK);
	}

}
