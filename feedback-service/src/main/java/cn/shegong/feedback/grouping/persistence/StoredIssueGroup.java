package cn.shegong.feedback.grouping.persistence;

import cn.shegong.feedback.grouping.model.IssueGroup;

/** An issue group as read, with the version a change to it must be made on. */
public record StoredIssueGroup(IssueGroup group, long version) {

}
