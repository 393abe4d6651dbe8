package cn.shegong.talent.tier;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.tier.model.AllowanceEntitlement;
import cn.shegong.talent.tier.model.AllowanceRun;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Tier;

import static org.assertj.core.api.Assertions.assertThat;

class AllowanceRunCsvTest {

	private final AllowanceRun run = AllowanceRun.of("agency-maqiao", YearMonth.of(2027, 4),
			AllowanceSchedule.defaults(), List.of(AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.TWO, 30),
					new AllowanceEntitlement("w-2", "李,四", Tier.ONE, 5_000, 30)));

	@Test
	void theSheetStartsWithAByteOrderMarkSoExcelReadsChinese() {
		byte[] bytes = AllowanceRunCsv.bytes(this.run);

		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("张三");
	}

	@Test
	void theSheetHasAHeaderALinePerWorkerAndTheTotal() {
		assertThat(AllowanceRunCsv.text(this.run)).isEqualTo("\uFEFF工号,姓名,职级,月津贴标准(元),工作量(%),在岗天数,应发津贴(元)\r\n"
				+ "w-1,张三,2,400.00,100,30,400.00\r\n" + "w-2,\"李,四\",1,300.00,50,30,150.00\r\n" + "合计,,,,,,550.00\r\n");
	}

	@Test
	void aCellExcelWouldRunAsAFormulaIsDefused() {
		assertThat(AllowanceRunCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
	}

}
