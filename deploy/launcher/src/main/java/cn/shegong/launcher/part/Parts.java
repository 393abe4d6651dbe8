package cn.shegong.launcher.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shegong.launcher.SuiteException;

/**
 * The parts of the local platform, in start order, with the ports docker-compose.yml uses
 * too.
 */
public final class Parts {

	public static final int GATEWAY_PORT = 8080;

	private static final Map<String, Integer> SERVICE_PORTS = new LinkedHashMap<>();

	static {
		SERVICE_PORTS.put("procurement", 8081);
		SERVICE_PORTS.put("evaluation", 8082);
		SERVICE_PORTS.put("feedback", 8083);
		SERVICE_PORTS.put("talent", 8084);
	}

	private Parts() {
	}

	public static List<Part> all() {
		List<Part> parts = new java.util.ArrayList<>(List.of(new StorePart(), new KafkaPart(), new KeycloakPart(),
				SpringAppPart.gateway(GATEWAY_PORT, SERVICE_PORTS)));
		SERVICE_PORTS.forEach((name, port) -> parts.add(SpringAppPart.service(name + "-service", port, name)));
		return parts;
	}

	public static Optional<Part> named(String name) {
		return all().stream().filter((part) -> part.name().equals(name)).findFirst();
	}

	static void requireBuilt(Path artifact, String what) {
		if (!Files.exists(artifact)) {
			throw new SuiteException(
					what + " is not built (" + artifact + " is missing): run ./mvnw package -DskipTests");
		}
	}

}
