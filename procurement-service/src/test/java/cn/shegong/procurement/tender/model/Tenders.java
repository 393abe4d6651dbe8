package cn.shegong.procurement.tender.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.platform.test.WorkingDayCalendars;

/**
 * Tenders in each status, published under the default rules in Shanghai. The calendar is
 * the 2026 National Day TEST DATA of {@link WorkingDayCalendars}, not an official one.
 */
public final class Tenders {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	public static final Instant PUBLISHED_AT = LocalDateTime.of(2026, 9, 1, 9, 0).atZone(SHANGHAI).toInstant();

	public static final Instant DEADLINE = PUBLISHED_AT.plus(20, ChronoUnit.DAYS);

	/** A Tuesday; seven working days later, across the holiday, is Wednesday Oct 14. */
	public static final LocalDate NOTICE_ON = LocalDate.of(2026, 9, 29);

	public static final LocalDate WINDOW_ENDS_ON = LocalDate.of(2026, 10, 14);

	public static final WorkingDayCalendar CALENDAR = WorkingDayCalendars.nationalDay2026TestData();

	public static final String AGENCY = "agency-sunshine";

	public static final String RIVAL = "agency-harbour";

	private Tenders() {
	}

	public static Tender draft(ProcurementMethod method) {
		return draft(method, TenderRules.defaults());
	}

	public static Tender draft(ProcurementMethod method, TenderRules rules) {
		return Tender.draft("tender-1", "project-7", "320623", method,
				new TenderNotice("2026 年 XX 镇社会工作服务站项目", "一年期驻站服务"), "scheme-2026", rules);
	}

	public static Tender openTenderDraft() {
		return draft(ProcurementMethod.OPEN_TENDER);
	}

	public static Tender closed(ProcurementMethod method) {
		Tender tender = draft(method);
		tender.publish(PUBLISHED_AT, DEADLINE, SHANGHAI);
		tender.closeBidding(DEADLINE);
		return tender;
	}

	public static Tender inChallengeWindow() {
		return inStatus(TenderStatus.CHALLENGE_WINDOW);
	}

	/**
	 * An open tender driven along its normal path to the given status. AWARD_PROPOSED is
	 * passed through within one command, so no tender rests in it.
	 */
	public static Tender inStatus(TenderStatus target) {
		Tender tender = openTenderDraft();
		switch (target) {
			case DRAFT -> {
			}
			case AWARD_PROPOSED -> throw new IllegalArgumentException("no tender rests in " + target);
			case CANCELLED -> tender.cancel("budget withdrawn");
			case UNSUCCESSFUL -> {
				tender = closed(ProcurementMethod.OPEN_TENDER);
				tender.recordScoring(2);
			}
			default -> advance(tender, target);
		}
		return tender;
	}

	private static void advance(Tender tender, TenderStatus target) {
		tender.publish(PUBLISHED_AT, DEADLINE, SHANGHAI);
		stepUntil(tender, target, () -> tender.closeBidding(DEADLINE));
		stepUntil(tender, target, () -> tender.recordScoring(3));
		stepUntil(tender, target, () -> tender.proposeAward(AGENCY, NOTICE_ON, CALENDAR));
		stepUntil(tender, target, () -> tender.award(WINDOW_ENDS_ON.plusDays(1)));
		stepUntil(tender, target, tender::signContract);
		stepUntil(tender, target, tender::startService);
		stepUntil(tender, target, () -> endService(tender, target));
	}

	private static void endService(Tender tender, TenderStatus target) {
		if (target == TenderStatus.TERMINATED) {
			tender.terminate("agency folded");
		}
		else {
			tender.complete();
		}
	}

	private static void stepUntil(Tender tender, TenderStatus target, Runnable step) {
		if (tender.status() != target) {
			step.run();
		}
	}

}
