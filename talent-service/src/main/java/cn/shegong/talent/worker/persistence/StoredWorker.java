package cn.shegong.talent.worker.persistence;

import cn.shegong.talent.worker.model.SocialWorker;

/** A worker as read from the store, with the version a change must be based on. */
public record StoredWorker(SocialWorker worker, long version) {

}
