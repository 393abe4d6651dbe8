package cn.shegong.procurement.project.model;

/**
 * A project is drafted, then published into procurement; after that its terms are the
 * tender's.
 */
public enum ProjectStatus {

	DRAFT, PUBLISHED

}
