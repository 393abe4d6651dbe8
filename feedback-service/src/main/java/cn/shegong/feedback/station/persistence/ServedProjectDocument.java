package cn.shegong.feedback.station.persistence;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.feedback.station.model.ServedProject;

@Document(ServedProjectDocument.COLLECTION)
record ServedProjectDocument(@Id String id, String stationCode, String buyerId, String regionCode, String title,
		LocalDate termFrom, LocalDate termTo, String contractId, String agencyId) {

	static final String COLLECTION = "projects";

	ServedProject toProject() {
		return new ServedProject(this.id, this.stationCode, this.buyerId, this.regionCode, this.title, this.termFrom,
				this.termTo, Optional.ofNullable(this.contractId), Optional.ofNullable(this.agencyId));
	}

}
