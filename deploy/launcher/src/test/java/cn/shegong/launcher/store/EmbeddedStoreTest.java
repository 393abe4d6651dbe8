package cn.shegong.launcher.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local store keeps its data across a restart: what lets .suite/ survive ./suite down
 * and up.
 */
class EmbeddedStoreTest {

	@TempDir
	Path temp;

	@Test
	void documentWrittenBeforeARestartIsReadAfterIt() {
		Path file = this.temp.resolve("store.mv");
		write(file, new Document("_id", "tender-1").append("title", "马桥街道社工站"));

		Document read = read(file, "tender-1");

		assertThat(read).containsEntry("title", "马桥街道社工站");
	}

	private static void write(Path file, Document document) {
		H2Backend backend = new H2Backend(file.toString());
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			client.getDatabase("procurement").getCollection("tenders").insertOne(document);
		}
		finally {
			server.shutdown();
		}
	}

	private static Document read(Path file, String id) {
		H2Backend backend = new H2Backend(file.toString());
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			return client.getDatabase("procurement").getCollection("tenders").find(new Document("_id", id)).first();
		}
		finally {
			server.shutdown();
		}
	}

}
