package cn.shegong.launcher.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local document store: mongo-java-server speaking the MongoDB wire protocol on
 * 127.0.0.1, persisting to one H2 file so data survives a restart. No MongoDB server can
 * be installed on these machines; production uses real MongoDB (docs/adr/0003).
 */
public final class EmbeddedStore {

	private EmbeddedStore() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(argument(args, "--port", "27017"));
		Path file = Path.of(argument(args, "--file", ".suite/store/store.mv")).toAbsolutePath();
		Files.createDirectories(file.getParent());
		H2Backend backend = new H2Backend(file.toString());
		MongoServer server = new MongoServer(backend);
		// Change streams need the oplog; services may watch collections instead of
		// polling.
		server.enableOplog();
		server.bind("127.0.0.1", port);
		System.out.println("Embedded store listening on 127.0.0.1:" + port + ", data in " + file);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdown();
			try {
				backend.close();
			}
			catch (RuntimeException alreadyClosedByTheServer) {
				// shutdown() may have closed it already; the data is flushed either way.
			}
			System.out.println("Embedded store stopped; data flushed to " + file);
			stopped.countDown();
		}, "store-shutdown"));
		stopped.await();
	}

	private static String argument(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
