package cn.shegong.talent.importing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.model.RegistrationPolicy;
import cn.shegong.talent.importing.model.CheckedRow;
import cn.shegong.talent.importing.model.RowRules;
import cn.shegong.talent.importing.persistence.ImportJobRepository;
import cn.shegong.talent.importing.sheet.TalentSheet;
import cn.shegong.talent.worker.application.HrAgency;

/**
 * An agency's HR imports its workers and their certificates from an .xlsx sheet: first as
 * a dry run that writes nothing, then for real in the background, with a job HR polls for
 * progress. Only the HR of the agency that started a job can read it.
 */
@Service
public class TalentImport {

	private static final Logger log = LoggerFactory.getLogger(TalentImport.class);

	private final RowPlanner planner;

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final RegistrationPolicy registrationPolicy;

	private final ImportProperties properties;

	private final Clock clock;

	TalentImport(RowPlanner planner, ImportJobRepository jobs, ImportRunner runner,
			RegistrationPolicy registrationPolicy, ImportProperties properties, Clock clock) {
		this.planner = planner;
		this.jobs = jobs;
		this.runner = runner;
		this.registrationPolicy = registrationPolicy;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every row with what applying it would do; nothing is written. */
	public List<RowReport> dryRun(Caller caller, byte[] xlsx) {
		HrAgency.of(caller);
		return checked(xlsx).stream().map((row) -> this.planner.plan(caller, row)).toList();
	}

	/**
	 * Starts applying the valid rows in the background and returns the job to poll; a
	 * worker's profile the file corrects is marked in its history as imported from
	 * {@code fileName}.
	 */
	public ImportJob start(Caller caller, String fileName, byte[] xlsx) {
		String agencyId = HrAgency.of(caller);
		List<CheckedRow> rows = checked(xlsx);
		ImportJob job = this.jobs.insert(new ImportJob("import-" + UUID.randomUUID(), agencyId,
				ImportJob.Status.RUNNING, rows.size(), 0, Instant.now(this.clock), null, List.of(), null));
		log.info("Agency {} started import {} of {} rows", agencyId, job.id(), rows.size());
		String reason = "imported from " + fileName;
		this.runner.run(() -> apply(caller, job.id(), rows, reason));
		return job;
	}

	public ImportJob readOwn(Caller caller, String jobId) {
		String agencyId = HrAgency.of(caller);
		return this.jobs.findById(jobId)
			.filter((job) -> job.agencyId().equals(agencyId))
			.orElseThrow(() -> ProblemException.notFound("import-job-not-found",
					"No import %s of your agency".formatted(jobId), jobId));
	}

	private void apply(Caller caller, String jobId, List<CheckedRow> rows, String reason) {
		try {
			for (CheckedRow row : rows) {
				this.jobs.recordRow(jobId, this.planner.apply(caller, row, reason));
			}
			this.jobs.finish(jobId, ImportJob.Status.DONE, Instant.now(this.clock));
			log.info("Import {} done", jobId);
		}
		catch (RuntimeException ex) {
			// A store failure halfway: the job says so, and re-running the file is safe
			// because rows already applied read as already present.
			this.jobs.finish(jobId, ImportJob.Status.FAILED, Instant.now(this.clock));
			log.error("Import {} failed", jobId, ex);
		}
	}

	private List<CheckedRow> checked(byte[] xlsx) {
		if (xlsx.length > this.properties.maxFileSize().toBytes()) {
			throw new ImportFileTooLargeException(this.properties.maxFileSize().toBytes());
		}
		return new RowRules(this.registrationPolicy, LocalDate.now(this.clock))
			.checkAll(TalentSheet.read(xlsx, this.properties.maxRows()));
	}

}
