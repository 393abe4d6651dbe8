package cn.shegong.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same job from several threads at once, as several instances of a service
 * would.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/** The results of {@code times} runs started together. */
	public static <T> List<T> run(int times, Callable<T> job) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(times);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> runs = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					return job.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> run : runs) {
				results.add(run.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
