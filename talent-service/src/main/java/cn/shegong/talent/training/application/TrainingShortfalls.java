package cn.shegong.talent.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.application.CertifiedWorkers;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.training.model.AnnualTrainingRule;
import cn.shegong.talent.training.model.ContinuingEducationRule;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.model.TrainingShortfall;
import cn.shegong.talent.training.persistence.TrainingRecordRepository;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.persistence.StoredWorker;

/**
 * Who among an agency's current workers falls short of either training rule for a year,
 * and by how much. The national cycle is the registration the worker is certified by on
 * the report day: the last day of the year, or today while the year is still running, so
 * a shortfall mid-cycle is what remains to be done before the cycle ends. Voided records
 * do not count.
 */
@Service
public class TrainingShortfalls {

	private final WorkerDirectory workers;

	private final CertifiedWorkers certifiedWorkers;

	private final TrainingRecordRepository records;

	private final AnnualTrainingRule annualRule;

	private final ContinuingEducationRule continuingEducationRule;

	private final Clock clock;

	TrainingShortfalls(WorkerDirectory workers, CertifiedWorkers certifiedWorkers, TrainingRecordRepository records,
			AnnualTrainingRule annualRule, ContinuingEducationRule continuingEducationRule, Clock clock) {
		this.workers = workers;
		this.certifiedWorkers = certifiedWorkers;
		this.records = records;
		this.annualRule = annualRule;
		this.continuingEducationRule = continuingEducationRule;
		this.clock = clock;
	}

	public List<TrainingShortfall> report(Caller caller, int year) {
		LocalDate today = LocalDate.now(this.clock);
		if (year > today.getYear()) {
			throw ProblemException.ruleViolated("training-report-year-in-the-future",
					"A training report covers a year that has begun; " + year + " has not", year);
		}
		LocalDate reportDay = (year == today.getYear()) ? today : LocalDate.of(year, 12, 31);
		List<StoredWorker> staff = this.workers.listOwn(caller);
		List<String> ids = staff.stream().map((stored) -> stored.worker().id()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Certification> certifications = this.certifiedWorkers.certificationsOn(ids, reportDay);
		LocalDate earliest = certifications.values()
			.stream()
			.map((certification) -> certification.registration().from())
			.min(Comparator.naturalOrder())
			.filter((from) -> from.getYear() < year)
			.orElse(LocalDate.of(year, 1, 1));
		LocalDate latest = certifications.values()
			.stream()
			.map((certification) -> certification.registration().validThrough())
			.max(Comparator.naturalOrder())
			.filter((through) -> through.getYear() > year)
			.orElse(LocalDate.of(year, 12, 31));
		Map<String, List<TrainingRecord>> byWorker = this.records.counting(ids, earliest, latest)
			.stream()
			.collect(Collectors.groupingBy(TrainingRecord::workerId));
		return staff.stream()
			.map((stored) -> checkOf(stored, year, Optional.ofNullable(certifications.get(stored.worker().id())),
					byWorker.getOrDefault(stored.worker().id(), List.of())))
			.filter(TrainingShortfall::fallsShort)
			.toList();
	}

	private TrainingShortfall checkOf(StoredWorker stored, int year, Optional<Certification> certification,
			List<TrainingRecord> records) {
		return new TrainingShortfall(stored.worker().id(), stored.worker().name(), this.annualRule.check(year, records),
				certification.map(Certification::level),
				certification.map((certified) -> this.continuingEducationRule.check(certified, records)));
	}

}
