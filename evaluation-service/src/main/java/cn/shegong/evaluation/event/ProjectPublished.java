package cn.shegong.evaluation.event;

/**
 * Evaluation's own copy of the fields it reads from {@code procurement.ProjectPublished}
 * v1: which buyer (购买主体) buys the project, so that a buyer's dashboard can tell its
 * contracts apart. The budget, catalogue code and term are ignored.
 */
public record ProjectPublished(String projectId, String buyerId, String regionCode, String title) {
}
