package cn.shegong.feedback.channel;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.channel.model.FeedbackChannel;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackChannelTest {

	@Test
	void onlyTheOnlineFormIsOpenToResidentsWithoutStaff() {
		assertThat(FeedbackChannel.values()).filteredOn(FeedbackChannel::openToResidents)
			.containsExactly(FeedbackChannel.ONLINE_FORM);
	}

	@Test
	void hotlineForumPaperAndVillageCommitteeAreEnteredByStaff() {
		assertThat(FeedbackChannel.values()).filteredOn(FeedbackChannel::enteredByStaff)
			.containsExactlyInAnyOrder(FeedbackChannel.HOTLINE, FeedbackChannel.COMMUNITY_FORUM,
					FeedbackChannel.PAPER_QUESTIONNAIRE, FeedbackChannel.VILLAGE_COMMITTEE);
	}

}
