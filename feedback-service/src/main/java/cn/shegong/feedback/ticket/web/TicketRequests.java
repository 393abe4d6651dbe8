package cn.shegong.feedback.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.ticket.application.TicketDraft;
import cn.shegong.feedback.ticket.model.TicketCategory;

/** The bodies the ticket endpoints accept. */
final class TicketRequests {

	static final int TEXT_MAX = 2000;

	static final int NAME_MAX = 50;

	static final int PHONE_MAX = 20;

	private TicketRequests() {
	}

	/**
	 * @param project the station code on the poster or the project id
	 */
	record ByResident(@NotBlank @Size(max = 64) String project, @NotNull TicketCategory category,
			@NotBlank @Size(max = TEXT_MAX) String text, @Size(max = NAME_MAX) String name,
			@Size(max = PHONE_MAX) String phone) {

		TicketDraft draft() {
			return new TicketDraft(this.category, this.text, this.name, this.phone);
		}

	}

	record ByStaff(@NotNull FeedbackChannel channel, @NotNull TicketCategory category,
			@NotBlank @Size(max = TEXT_MAX) String text, @Size(max = NAME_MAX) String name,
			@Size(max = PHONE_MAX) String phone) {

		TicketDraft draft() {
			return new TicketDraft(this.category, this.text, this.name, this.phone);
		}

	}

	/**
	 * @param reason what is still wrong; needed when not satisfied
	 */
	record Confirmation(@NotNull Boolean satisfied, @Size(max = TEXT_MAX) String reason) {

	}

	/**
	 * @param version the version the change was decided on
	 */
	record Step(@NotNull @PositiveOrZero Long version) {

	}

	record Resolution(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = TEXT_MAX) String reply) {

	}

}
