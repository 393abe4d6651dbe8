package cn.shegong.evaluation.callback.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Service records as an agency reports them for an evaluation. */
final class ServiceRecordsMother {

	static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

	private ServiceRecordsMother() {
	}

	/** One home visit each for beneficiaries b-01, b-02, … with distinct mobiles. */
	static List<ServiceRecord> homeVisits(int beneficiaries) {
		return IntStream.rangeClosed(1, beneficiaries).mapToObj((i) -> visit("b-%02d".formatted(i), i)).toList();
	}

	static ServiceRecord visit(String beneficiaryId, int phoneSuffix) {
		return new ServiceRecord(beneficiaryId, TODAY.minusDays(10), "入户探访", "独居老人关怀",
				PhoneNumber.of("1380000%04d".formatted(phoneSuffix), beneficiaryId));
	}

	static ServiceRecords reported(int beneficiaries) {
		return ServiceRecords.reported(homeVisits(beneficiaries), TODAY, 2000);
	}

}
