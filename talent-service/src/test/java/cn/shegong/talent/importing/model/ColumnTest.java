package cn.shegong.talent.importing.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTest {

	@Test
	void chineseAndEnglishHeadersNameTheSameColumn() {
		assertThat(Column.named("身份证号码")).contains(Column.RESIDENT_ID);
		assertThat(Column.named("身份证号")).contains(Column.RESIDENT_ID);
		assertThat(Column.named("residentid")).contains(Column.RESIDENT_ID);
	}

	@Test
	void blanksAndTheAsteriskMarkingARequiredColumnAreForgiven() {
		assertThat(Column.named(" 姓名* ")).contains(Column.NAME);
		assertThat(Column.named("登记日期＊")).contains(Column.REGISTERED_ON);
	}

	@Test
	void aHeaderOfHrsOwnIsNoColumnOfTheImport() {
		assertThat(Column.named("备注")).isEmpty();
	}

	@Test
	void theEmploymentStartDateIsTheOnlyOptionalColumn() {
		assertThat(Column.named("入职日期")).contains(Column.EMPLOYED_SINCE);
		assertThat(java.util.Arrays.stream(Column.values()).filter((column) -> !column.isRequired()))
			.containsExactly(Column.EMPLOYED_SINCE);
	}

}
