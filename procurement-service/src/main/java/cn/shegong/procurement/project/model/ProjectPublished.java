package cn.shegong.procurement.project.model;

import java.time.LocalDate;

/** A project entered procurement. The data of {@code procurement.ProjectPublished} v1. */
public record ProjectPublished(String projectId, String buyerId, String regionCode, String catalogueCode,
		ProjectType projectType, String title, long budgetFen, LocalDate termFrom, LocalDate termTo) {

}
