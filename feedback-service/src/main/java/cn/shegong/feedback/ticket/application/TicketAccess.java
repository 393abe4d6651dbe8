package cn.shegong.feedback.ticket.application;

import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Who may see and answer a ticket, by the routing it got at receipt: the agency it was
 * routed to answers it (its staff) and reads it (staff and HR); officers and supervisors
 * whose region contains the project read it; admins read everything. Evaluators see
 * measures only.
 */
final class TicketAccess {

	private TicketAccess() {
	}

	static boolean mayRead(Caller caller, Ticket ticket) {
		return caller.hasRole(PlatformRoles.ADMIN) || isRoutedAgency(caller, ticket)
				|| (caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
						&& caller.governs(ticket.routing().regionCode()));
	}

	static boolean mayAnswer(Caller caller, Ticket ticket) {
		return caller.hasRole(PlatformRoles.AGENCY_STAFF) && isRoutedAgency(caller, ticket);
	}

	private static boolean isRoutedAgency(Caller caller, Ticket ticket) {
		return caller.hasAnyRole(PlatformRoles.AGENCY_STAFF, PlatformRoles.AGENCY_HR)
				&& caller.agencyId().filter(ticket.routing().agencyId()::equals).isPresent();
	}

}
