package cn.shegong.talent.tier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shegong.talent.tier.model.AllowanceEntitlement;
import cn.shegong.talent.tier.model.AllowanceLine;
import cn.shegong.talent.tier.model.AllowanceRun;

/**
 * Writes an allowance run as the CSV sheet HR hands to finance. UTF-8 with a byte-order
 * mark, because Excel on Chinese Windows reads a CSV without one as GBK and garbles the
 * headers; CRLF line ends and quoting per RFC 4180.
 */
public final class AllowanceRunCsv {

	private static final String BOM = "\uFEFF";

	private static final String CRLF = "\r\n";

	private static final List<String> HEADER = List.of("工号", "姓名", "职级", "月津贴标准(元)", "工作量(%)", "在岗天数", "应发津贴(元)");

	private AllowanceRunCsv() {
	}

	public static byte[] bytes(AllowanceRun run) {
		return text(run).getBytes(StandardCharsets.UTF_8);
	}

	/** The sheet as text, starting with the byte-order mark. */
	public static String text(AllowanceRun run) {
		String body = Stream
			.of(Stream.of(row(HEADER)), run.lines().stream().map(AllowanceRunCsv::row),
					Stream.of(row(List.of("合计", "", "", "", "", "", run.total().toYuan()))))
			.flatMap((rows) -> rows)
			.collect(Collectors.joining(CRLF, "", CRLF));
		return BOM + body;
	}

	private static String row(AllowanceLine line) {
		AllowanceEntitlement entitlement = line.entitlement();
		return row(
				List.of(entitlement.workerId(), entitlement.workerName(), String.valueOf(entitlement.tier().number()),
						line.monthlyAllowance().toYuan(), percent(entitlement.fteBasisPoints()),
						String.valueOf(entitlement.daysEmployed()), line.due().toYuan()));
	}

	private static String row(List<String> cells) {
		return cells.stream().map(AllowanceRunCsv::cell).collect(Collectors.joining(","));
	}

	private static String percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
	}

	/**
	 * Quotes a cell holding a comma, quote or line break; and defuses one Excel would run
	 * as a formula (a name typed as {@code =HYPERLINK(...)}) by a leading apostrophe.
	 */
	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
