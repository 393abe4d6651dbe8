package cn.shegong.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./suite up|down|status|logs NAME|reset}: the local platform from the command
 * line.
 */
public final class SuiteCli {

	private static final String DEMO_LOGINS = """
			Demo logins (realm shegong, password shegong-demo; dev only):
			  officer.haining, officer.tongxiang   procurement-officer (regions 330481, 330483)
			  staff.maqiao, staff.xiashi           agency-staff (agency-maqiao, agency-xiashi)
			  hr.maqiao, hr.xiashi                 agency-hr
			  evaluator.zhiping                    evaluator (eval-zhiping)
			  supervisor.haining                   supervisor (330481)
			  admin.platform                       admin
			Keycloak admin console: http://127.0.0.1:8180/admin (admin / admin)
			A token for scripts: curl -s -d client_id=shegong-cli -d grant_type=password \\
			  -d username=officer.haining -d password=shegong-demo \\
			  http://127.0.0.1:8180/realms/shegong/protocol/openid-connect/token""";

	private SuiteCli() {
	}

	public static void main(String[] args) {
		try {
			run(args);
		}
		catch (SuiteException ex) {
			System.err.println("suite: " + ex.getMessage());
			System.exit(1);
		}
	}

	private static void run(String[] args) {
		String command = (args.length > 0) ? args[0] : "help";
		List<String> names = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		Suite suite = new Suite(SuiteLayout.locate());
		switch (command) {
			case "up" -> up(suite, names);
			case "down" -> {
				List<String> stopped = names.isEmpty() ? suite.downAll() : suite.down(names);
				System.out
					.println(stopped.isEmpty() ? "Nothing was running." : "Stopped: " + String.join(", ", stopped));
			}
			case "status" -> suite.status().forEach((status) -> System.out.println(status.line()));
			case "logs" -> tail(suite, names);
			case "reset" -> {
				suite.reset();
				System.out.println("Local data wiped (.suite/). The next ./suite up starts from empty stores.");
			}
			default -> System.out.println("usage: ./suite up [PART…] | down [PART…] | status | logs [-f] PART | reset");
		}
	}

	private static void up(Suite suite, List<String> names) {
		long startedAt = System.nanoTime();
		List<String> started = suite.up(names);
		double seconds = (System.nanoTime() - startedAt) / 1e9;
		suite.status().forEach((status) -> System.out.println(status.line()));
		System.out.println();
		System.out.printf(Locale.ROOT, "%s in %.1f s.%n",
				started.isEmpty() ? "Everything was already up" : "Started " + String.join(", ", started), seconds);
		System.out.println("Gateway: http://127.0.0.1:8080   (APIs under /api/procurement, /api/evaluation, "
				+ "/api/feedback, /api/talent)");
		System.out.println(DEMO_LOGINS);
	}

	private static void tail(Suite suite, List<String> names) {
		if (names.size() != 1) {
			throw new SuiteException("say which part: ./suite logs NAME (see ./suite status for the names)");
		}
		Path log = suite.logOf(names.get(0));
		if (!Files.exists(log)) {
			throw new SuiteException("no log for " + names.get(0) + " at " + log);
		}
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long from = Math.max(0, file.length() - 64 * 1024);
			byte[] tail = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(tail);
			System.out.print(new String(tail, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new SuiteException("cannot read " + log + ": " + ex.getMessage(), ex);
		}
	}

}
