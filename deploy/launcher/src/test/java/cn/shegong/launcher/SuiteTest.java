package cn.shegong.launcher;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.launcher.part.KafkaPart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteTest {

	private final Suite suite = new Suite(new SuiteLayout(Path.of("").toAbsolutePath().resolve("../..").normalize()));

	@Test
	void unknownPartIsRefusedWithTheNamesThatExist() {
		assertThatThrownBy(() -> this.suite.up(List.of("mongodb"))).isInstanceOf(SuiteException.class)
			.hasMessageContaining("no part named mongodb")
			.hasMessageContaining("store, kafka, keycloak");
	}

	@Test
	void portAlreadyInUseIsNamedInOneLine() throws Exception {
		try (ServerSocket squatter = new ServerSocket()) {
			squatter.bind(new InetSocketAddress("127.0.0.1", 0));
			int port = squatter.getLocalPort();

			assertThatThrownBy(() -> this.suite.upPart(KafkaPart.standalone("kafka-port-test", port, port + 1)))
				.isInstanceOf(SuiteException.class)
				.hasMessage("port " + port
						+ " that kafka-port-test needs is already in use by another program; stop that program or free the port");
		}
	}

}
