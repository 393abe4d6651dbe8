package cn.shegong.talent.training.persistence;

import cn.shegong.talent.training.model.LoggedTraining;

/**
 * A training record as read from the store, with the version a change must be based on.
 */
public record StoredTraining(LoggedTraining training, long version) {

}
