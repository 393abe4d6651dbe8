package cn.shegong.talent.importing.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.shegong.talent.importing.persistence.ImportJobRepository;

/**
 * At start-up, an import still marked running was cut off when the service stopped: its
 * rows live only in the memory of a process that is gone, so nothing will ever finish it.
 * Marking it interrupted tells HR to upload the file again, which is safe because rows
 * already applied change nothing the second time. This assumes one talent-service process
 * runs imports at a time, as deployed today; with several, a job of a live process would
 * need an owner to tell it apart.
 */
@Component
public class InterruptedImports {

	/** What HR reads on the job, in both languages the sheet layout uses. */
	public static final String MESSAGE = "服务在导入过程中停止，请重新上传同一文件完成导入，已导入的行不会重复。"
			+ " The service stopped while this import was running; upload the same file again to finish it:"
			+ " rows already applied change nothing.";

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final ImportJobRepository jobs;

	private final Clock clock;

	InterruptedImports(ImportJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void markInterrupted() {
		long marked = this.jobs.interruptRunning(this.clock.instant(), MESSAGE);
		if (marked > 0) {
			log.warn("Marked {} import job(s) left running by the previous start as interrupted", marked);
		}
	}

}
