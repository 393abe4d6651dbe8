package cn.shegong.talent.supervision.application;

import cn.shegong.talent.supervision.model.SupervisorRankHistory;

/** A worker of the agency who holds a supervisor rank, as HR's list shows them. */
public record AgencySupervisor(String workerId, String name, SupervisorRankHistory history) {

}
