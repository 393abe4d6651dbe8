package cn.shegong.feedback.channel;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.channel.model.FeedbackChannel;

/** Residents, without signing in, learn how they can be heard. */
@RestController
class PublicChannelsController {

	@GetMapping("/api/feedback/public/channels")
	List<ChannelView> channels() {
		return Arrays.stream(FeedbackChannel.values()).map(ChannelView::of).toList();
	}

	record ChannelView(String code, String label, boolean openToResidents) {

		static ChannelView of(FeedbackChannel channel) {
			return new ChannelView(channel.name(), channel.label(), channel.openToResidents());
		}

	}

}
