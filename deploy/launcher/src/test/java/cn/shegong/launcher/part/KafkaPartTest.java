package cn.shegong.launcher.part;

import java.nio.file.Path;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaPartTest {

	@RepeatedTest(50)
	void clusterIdIsSixteenRandomBytesInUrlSafeBase64NeverStartingWithADash() {
		String id = KafkaPart.clusterId();

		assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+").doesNotStartWith("-");
	}

	@Test
	void brokerListensOnlyOnLoopbackWithReplicationFactorsOfOneBroker() {
		String properties = KafkaPart.standalone("kafka-x", 19092, 19093).serverProperties(Path.of("/tmp/data"));

		assertThat(properties).contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
			.contains("advertised.listeners=PLAINTEXT://127.0.0.1:19092")
			.contains("controller.quorum.voters=1@127.0.0.1:19093")
			.contains("process.roles=broker,controller")
			.contains("offsets.topic.replication.factor=1")
			.contains("transaction.state.log.replication.factor=1")
			.contains("log.dirs=/tmp/data");
	}

}
