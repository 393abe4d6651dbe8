package cn.shegong.evaluation.callback.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.evaluation.callback.model.ServiceRecordsMother.TODAY;
import static cn.shegong.evaluation.callback.model.ServiceRecordsMother.homeVisits;
import static cn.shegong.evaluation.callback.model.ServiceRecordsMother.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceRecordsTest {

	@Test
	void aBeneficiaryServedSeveralTimesIsOneCandidateForTheSample() {
		List<ServiceRecord> records = new ArrayList<>(homeVisits(2));
		ServiceRecord again = records.get(0);
		records.add(new ServiceRecord(again.beneficiaryId(), TODAY, "小组活动", "", again.phone()));

		assertThat(ServiceRecords.reported(records, TODAY, 10).beneficiaryIds()).containsExactly("b-01", "b-02");
	}

	@Test
	void aServiceDatedAfterTodayIsRefused() {
		ServiceRecord tomorrow = new ServiceRecord("b-09", TODAY.plusDays(1), "入户探访", "", visit("b-09", 9).phone());

		assertRefused(List.of(tomorrow), 10, "service-record-in-future");
	}

	@Test
	void theSameServiceReportedTwiceIsRefused() {
		assertRefused(List.of(visit("b-01", 1), visit("b-01", 1)), 10, "service-record-duplicate");
	}

	@Test
	void oneBeneficiaryWithTwoPhoneNumbersIsRefused() {
		ServiceRecord first = visit("b-01", 1);
		ServiceRecord other = new ServiceRecord("b-01", TODAY, "小组活动", "", visit("b-01", 2).phone());

		assertRefused(List.of(first, other), 10, "service-record-phone-differs");
	}

	@Test
	void moreRecordsThanTheConfiguredCapAreRefused() {
		assertRefused(homeVisits(4), 3, "service-records-too-many");
	}

	@Test
	void aBeneficiaryReferenceNamedLikeTheDrawsRouteIsRefused() {
		assertRefused(List.of(visit("b-02", 2), visit("sample", 1)), 10, "service-record-id-reserved");
	}

	@Test
	void aBeneficiaryReferenceThatIsADotSegmentIsRefused() {
		assertRefused(List.of(visit("..", 1)), 10, "service-record-id-reserved");
	}

	@Test
	void aBeneficiaryReferenceMerelyContainingSampleIsAccepted() {
		assertThat(ServiceRecords.reported(List.of(visit("sample-7", 1)), TODAY, 10).beneficiaryIds())
			.containsExactly("sample-7");
	}

	@Test
	void anEmptyUploadIsRefused() {
		assertRefused(List.of(), 3, "service-records-empty");
	}

	private static void assertRefused(List<ServiceRecord> records, int cap, String rule) {
		assertThatThrownBy(() -> ServiceRecords.reported(records, TODAY, cap))
			.isInstanceOfSatisfying(ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

}
