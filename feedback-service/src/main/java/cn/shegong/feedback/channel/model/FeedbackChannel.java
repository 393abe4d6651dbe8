package cn.shegong.feedback.channel.model;

import java.util.Arrays;
import java.util.List;

import cn.shegong.platform.problem.ProblemException;

/**
 * The ways residents' voices reach the platform (DOMAIN.md §5, seed 002). Some a resident
 * uses alone; the others are entered by staff on the resident's behalf, and the channel
 * is always recorded so that measures can be broken down by it.
 */
public enum FeedbackChannel {

	ONLINE_FORM("线上表单（含站点二维码）", false),

	HOTLINE("服务热线", true),

	COMMUNITY_FORUM("社区座谈会", true),

	PAPER_QUESTIONNAIRE("纸质问卷", true),

	VILLAGE_COMMITTEE("村（居）委会转达", true);

	private final String label;

	private final boolean enteredByStaff;

	FeedbackChannel(String label, boolean enteredByStaff) {
		this.label = label;
		this.enteredByStaff = enteredByStaff;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether a staff member types it in, so the entry needs a signed-in staff member.
	 */
	public boolean enteredByStaff() {
		return this.enteredByStaff;
	}

	/**
	 * Refuses a channel residents use on their own where staff enter on a resident's
	 * behalf: 422 {@code channel-not-entered-by-staff}.
	 */
	public void requireEnteredByStaff() {
		if (!this.enteredByStaff) {
			List<FeedbackChannel> staffChannels = Arrays.stream(values())
				.filter(FeedbackChannel::enteredByStaff)
				.toList();
			throw ProblemException.ruleViolated("channel-not-entered-by-staff",
					"Channel %s is the residents' own; staff enter %s only".formatted(this, staffChannels), this);
		}
	}

	/** Whether a resident may use this channel on their own, without signing in. */
	public boolean openToResidents() {
		return !this.enteredByStaff;
	}

}
