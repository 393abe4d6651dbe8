package cn.shegong.talent.importing.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the request thread. Its own small pool, not a shared executor bean, so
 * a large import never starves other background work and defining it does not make Spring
 * Boot's default task executor back off.
 */
@Component
class ImportRunner {

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "talent-import");
		thread.setDaemon(true);
		return thread;
	});

	void run(Runnable importJob) {
		this.executor.execute(importJob);
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

}
