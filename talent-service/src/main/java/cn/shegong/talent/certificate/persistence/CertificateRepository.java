package cn.shegong.talent.certificate.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.certificate.model.Certificate;

/**
 * Certificates, one document each, found by worker; a certificate number is recorded
 * once.
 */
@Repository
public class CertificateRepository {

	private final MongoTemplate mongo;

	CertificateRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(CertificateDocument.COLLECTION)
			.createIndex(new Index().on("number", Sort.Direction.ASC).unique().named("unique_number"));
		mongo.indexOps(CertificateDocument.COLLECTION)
			.createIndex(new Index().on("workerId", Sort.Direction.ASC).named("by_worker"));
	}

	public StoredCertificate insert(Certificate certificate) {
		try {
			return this.mongo.insert(CertificateDocument.of(certificate, null)).toStored();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("certificate-number-already-recorded",
					"Certificate number %s is already recorded".formatted(certificate.number()), certificate.number());
		}
	}

	public Optional<StoredCertificate> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, CertificateDocument.class))
			.map(CertificateDocument::toStored);
	}

	/** A certificate number is recorded once, so it finds at most one certificate. */
	public Optional<StoredCertificate> findByNumber(String number) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("number").is(number)), CertificateDocument.class))
			.map(CertificateDocument::toStored);
	}

	public List<StoredCertificate> heldBy(String workerId) {
		Query query = Query.query(Criteria.where("workerId").is(workerId)).with(Sort.by("examYear", "_id"));
		return this.mongo.find(query, CertificateDocument.class).stream().map(CertificateDocument::toStored).toList();
	}

	public List<StoredCertificate> heldByAny(List<String> workerIds) {
		Query query = Query.query(Criteria.where("workerId").in(workerIds));
		return this.mongo.find(query, CertificateDocument.class).stream().map(CertificateDocument::toStored).toList();
	}

	/**
	 * Certificates with a registration whose last valid day falls in the period (a
	 * superset: the caller checks which registration is the current one).
	 */
	public List<StoredCertificate> withRegistrationEndingBetween(LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where("registrations").elemMatch(Criteria.where("validThrough").gte(first).lte(last)));
		return this.mongo.find(query, CertificateDocument.class).stream().map(CertificateDocument::toStored).toList();
	}

	public StoredCertificate save(StoredCertificate changed) {
		Certificate certificate = changed.certificate();
		long saved = VersionedWrites.save(this.mongo, CertificateDocument.of(certificate, changed.version()),
				certificate.id(), changed.version(), List.of());
		return new StoredCertificate(certificate, saved);
	}

}
