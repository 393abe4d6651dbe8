package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

/** Agencies and bans of the registry fixtures. */
final class Agencies {

	static final String AGENCY_ID = "AG-1";

	/** The day a fixture's failing final grade became final. */
	static final LocalDate FINAL_FAIL_ON = LocalDate.of(2025, 3, 15);

	private Agencies() {
	}

	static Agency registered() {
		return Agency.register(AGENCY_ID, "海宁市某社会工作服务中心", CreditCodes.haining());
	}

	static Agency bannedAfterFinalFail() {
		Agency agency = registered();
		agency.ban(failBan());
		return agency;
	}

	static Agency onDishonestyList() {
		Agency agency = registered();
		agency.changeCreditStatus(CreditStatus.DISHONEST);
		return agency;
	}

	/** Twelve months from {@link #FINAL_FAIL_ON}: active through 2026-03-14. */
	static BanPeriod failBan() {
		return BanPolicy.defaults().banFor(FINAL_FAIL_ON, "EV-1");
	}

	static BanPeriod ban(LocalDate from, LocalDate until, String evaluationId) {
		return new BanPeriod(from, until, BanPolicy.FINAL_GRADE_FAIL, evaluationId);
	}

}
