package cn.shegong.evaluation.callback.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;

/**
 * The service records an agency reported for one evaluation, checked as a whole: none in
 * the future, no service twice, one phone per beneficiary, and no more than the
 * configured cap. A beneficiary may have several records; the callback sample is drawn
 * among beneficiaries.
 */
public record ServiceRecords(List<ServiceRecord> records) {

	/**
	 * References a callback's outcome could never be recorded under: {@code sample} is
	 * the draw's own route beside the outcomes', and a dot segment never reaches a route.
	 */
	static final Set<String> RESERVED_BENEFICIARY_IDS = Set.of("sample", ".", "..");

	public ServiceRecords {
		records = List.copyOf(records);
	}

	public static ServiceRecords none() {
		return new ServiceRecords(List.of());
	}

	/** The records as the agency uploads them, checked against today and the cap. */
	public static ServiceRecords reported(List<ServiceRecord> records, LocalDate today, int maxRecords) {
		if (records.isEmpty()) {
			throw ProblemException.ruleViolated("service-records-empty",
					"Upload at least one service record; the callback sample is drawn from them.");
		}
		if (records.size() > maxRecords) {
			throw ProblemException.ruleViolated("service-records-too-many",
					records.size() + " service records uploaded; at most " + maxRecords + " per evaluation.",
					records.size(), maxRecords);
		}
		Map<String, PhoneNumber> phones = new HashMap<>();
		Set<ServiceRecord.Service> services = new HashSet<>();
		for (ServiceRecord record : records) {
			requireNotReserved(record);
			requireNotInFuture(record, today);
			if (!services.add(record.service())) {
				throw ProblemException.ruleViolated("service-record-duplicate",
						"Beneficiary " + record.beneficiaryId() + " is reported twice for " + record.serviceType()
								+ " on " + record.serviceDate() + ".",
						record.beneficiaryId(), record.serviceType(), record.serviceDate());
			}
			PhoneNumber known = phones.putIfAbsent(record.beneficiaryId(), record.phone());
			if (known != null && !known.equals(record.phone())) {
				throw ProblemException.ruleViolated("service-record-phone-differs",
						"Beneficiary " + record.beneficiaryId()
								+ " has two different phone numbers; one beneficiary, one number.",
						record.beneficiaryId());
			}
		}
		return new ServiceRecords(records);
	}

	public boolean isEmpty() {
		return this.records.isEmpty();
	}

	/** Each beneficiary once, in upload order. */
	public List<String> beneficiaryIds() {
		return this.records.stream().map(ServiceRecord::beneficiaryId).distinct().toList();
	}

	public Optional<PhoneNumber> phoneOf(String beneficiaryId) {
		return this.records.stream()
			.filter((record) -> record.beneficiaryId().equals(beneficiaryId))
			.map(ServiceRecord::phone)
			.findFirst();
	}

	private static void requireNotReserved(ServiceRecord record) {
		if (RESERVED_BENEFICIARY_IDS.contains(record.beneficiaryId())) {
			throw ProblemException.ruleViolated("service-record-id-reserved",
					"Beneficiary reference '" + record.beneficiaryId()
							+ "' is reserved: no callback could be recorded under it. Use another reference.",
					record.beneficiaryId());
		}
	}

	private static void requireNotInFuture(ServiceRecord record, LocalDate today) {
		if (record.serviceDate().isAfter(today)) {
			throw ProblemException.ruleViolated("service-record-in-future",
					"The service of record " + record.beneficiaryId() + " is dated " + record.serviceDate()
							+ ", after today (" + today + "); only delivered services are reported.",
					record.beneficiaryId(), record.serviceDate(), today);
		}
	}

}
