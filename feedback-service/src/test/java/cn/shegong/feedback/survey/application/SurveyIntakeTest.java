package cn.shegong.feedback.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.intake.SubmissionGuard;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.survey.application.SurveyIntake.Answered;
import cn.shegong.feedback.survey.model.Survey;
import cn.shegong.feedback.survey.model.SurveyResponse;
import cn.shegong.feedback.survey.persistence.SurveyResponses;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SurveyIntakeTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private static final ServedProject PROJECT = new ServedProject("prj-1", "MQ7K2P", "buyer-1", "330481", "马桥社工站",
			LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), Optional.of("ctr-1"), Optional.of("agency-1"));

	private static final Caller OUR_STAFF = new Caller("sub-1", "staff-li", Set.of("agency-staff"),
			Optional.of("agency-1"), Optional.empty(), Optional.empty());

	private static final Answered ANSWERED = new Answered(1, Map.of("EFFICIENCY", 4), Map.of());

	private final Stations stations = mock(Stations.class);

	private final SurveyCatalogue catalogue = mock(SurveyCatalogue.class);

	private final SurveyResponses responses = mock(SurveyResponses.class);

	private final SubmissionGuard guard = mock(SubmissionGuard.class);

	private final SurveyIntake intake = new SurveyIntake(this.stations, this.catalogue, this.responses, this.guard,
			CLOCK);

	SurveyIntakeTest() {
		when(this.catalogue.version(1)).thenReturn(Survey.firstVersion(Instant.EPOCH));
		when(this.stations.forResident("MQ7K2P")).thenReturn(PROJECT);
		when(this.stations.readable(OUR_STAFF, "prj-1")).thenReturn(PROJECT);
	}

	@Test
	void anOnlineResponseIsStoredAnonymouslyAndTiedToItsReceipt() {
		SubmissionGuard.Claim claim = new SubmissionGuard.Claim("f-1");
		when(this.guard.claim(anyString(), anyString(), any(String[].class))).thenReturn(claim);

		String responseId = this.intake.answerOnline("MQ7K2P", ANSWERED, "10.0.0.1");

		SurveyResponse stored = stored();
		assertThat(stored.responseId()).isEqualTo(responseId);
		assertThat(stored.channel()).isEqualTo(FeedbackChannel.ONLINE_FORM);
		assertThat(stored.enteredBy()).isEmpty();
		assertThat(stored.receivedAt()).isEqualTo(CLOCK.instant());
		verify(this.guard).accepted(claim, responseId);
	}

	@Test
	void aResponseThatCouldNotBeStoredReleasesItsClaim() {
		SubmissionGuard.Claim claim = new SubmissionGuard.Claim("f-1");
		when(this.guard.claim(anyString(), anyString(), any(String[].class))).thenReturn(claim);
		doThrow(new IllegalStateException("store down")).when(this.responses).insert(any());

		assertThatThrownBy(() -> this.intake.answerOnline("MQ7K2P", ANSWERED, "10.0.0.1"))
			.isInstanceOf(IllegalStateException.class);
		verify(this.guard).abandon(claim);
	}

	@Test
	void staffEnterAPaperQuestionnaireUnderTheirName() {
		this.intake.enterForResident(OUR_STAFF, "prj-1", FeedbackChannel.PAPER_QUESTIONNAIRE, ANSWERED);

		assertThat(stored().enteredBy()).contains("staff-li");
		assertThat(stored().channel()).isEqualTo(FeedbackChannel.PAPER_QUESTIONNAIRE);
	}

	@Test
	void staffCannotEnterTheOnlineForm() {
		assertThatThrownBy(
				() -> this.intake.enterForResident(OUR_STAFF, "prj-1", FeedbackChannel.ONLINE_FORM, ANSWERED))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("channel-not-entered-by-staff");
		verify(this.responses, never()).insert(any());
	}

	@Test
	void anAdminWhoMayReadTheProjectStillCannotEnterForAResident() {
		Caller admin = new Caller("sub-2", "root", Set.of("admin"), Optional.empty(), Optional.empty(),
				Optional.empty());
		when(this.stations.readable(admin, "prj-1")).thenReturn(PROJECT);

		assertThatThrownBy(() -> this.intake.enterForResident(admin, "prj-1", FeedbackChannel.HOTLINE, ANSWERED))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("project-not-found");
	}

	private SurveyResponse stored() {
		ArgumentCaptor<SurveyResponse> stored = ArgumentCaptor.forClass(SurveyResponse.class);
		verify(this.responses, atLeastOnce()).insert(stored.capture());
		return stored.getValue();
	}

}
