package cn.shegong.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.shegong.launcher.PartStatus;
import cn.shegong.launcher.Suite;
import cn.shegong.launcher.SuiteLayout;

/**
 * The real platform the end-to-end tests drive: the one {@code ./suite up} started if it
 * is already up, otherwise started here with the same launcher and stopped again when the
 * tests end (only the parts started here).
 */
final class LocalPlatform implements BeforeAllCallback {

	static final String GATEWAY = "http://127.0.0.1:8080";

	static final String KEYCLOAK = "http://127.0.0.1:8180";

	private static Suite suite;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(LocalPlatform.class, (key) -> {
			suite = new Suite(SuiteLayout.locate());
			List<String> started = new ArrayList<>(suite.up(List.of()));
			System.out.println(started.isEmpty() ? "E2E: reusing the running platform"
					: "E2E: started " + String.join(", ", started));
			// down() with no names stops everything: never call it for a platform the
			// tests only reused.
			return (AutoCloseable) () -> {
				if (!started.isEmpty()) {
					suite.down(started);
				}
			};
		}, AutoCloseable.class);
	}

	static Suite suite() {
		return suite;
	}

	static boolean isHealthy(String part) {
		return suite.status()
			.stream()
			.anyMatch((status) -> status.name().equals(part) && status.state() == PartStatus.State.HEALTHY);
	}

}
