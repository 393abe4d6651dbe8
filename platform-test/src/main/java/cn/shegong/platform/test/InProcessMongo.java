package cn.shegong.platform.test;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The document store tests run against. By default an in-memory MongoDB wire-protocol
 * server in this JVM (mongo-java-server), shared by all tests of the JVM with a fresh
 * database per caller. With {@code -Dshegong.test.store=container} and a Docker engine, a
 * real MongoDB 7 replica set in a container instead, so the differences between the two
 * are caught.
 */
public final class InProcessMongo {

	public static final String STORE_PROPERTY = "shegong.test.store";

	private static String baseUri;

	private InProcessMongo() {
	}

	/** A connection string to a database nobody else uses. */
	public static synchronized String freshDatabaseUri(String prefix) {
		if (baseUri == null) {
			baseUri = "container".equals(System.getProperty(STORE_PROPERTY)) ? startContainer() : startInProcess();
		}
		String database = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
		return baseUri + "/" + database;
	}

	/** Which store the tests of this JVM use, for test reports. */
	public static String kind() {
		return "container".equals(System.getProperty(STORE_PROPERTY)) ? "MongoDB container (Testcontainers)"
				: "mongo-java-server in memory";
	}

	private static String startInProcess() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.enableOplog();
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "in-process-mongo-stop"));
		return "mongodb://127.0.0.1:" + address.getPort();
	}

	@SuppressWarnings("resource")
	private static String startContainer() {
		MongoDBContainer container = new MongoDBContainer("mongo:7");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "mongo-container-stop"));
		String uri = container.getReplicaSetUrl();
		return uri.substring(0, uri.lastIndexOf('/'));
	}

}
