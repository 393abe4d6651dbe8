package cn.shegong.talent.importing.web;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.importing.application.ImportFileTooLargeException;
import cn.shegong.talent.importing.application.ImportJob;
import cn.shegong.talent.importing.application.ImportProperties;
import cn.shegong.talent.importing.application.TalentImport;

/**
 * {@code /api/talent/imports}: an agency's HR imports its workers and certificates from
 * the Excel sheet it already keeps.
 */
@RestController
@RequestMapping("/api/talent/imports")
@PreAuthorize("hasRole('agency-hr')")
class ImportController {

	static final String SHEET_LAYOUT = """
			Upload one .xlsx workbook (multipart field `file`, at most shegong.talent.import.max-file-size, 5 MB by \
			default). Only the first sheet is read. Row 1 holds the headers, in any order; every later row is one \
			worker of your agency, with at most one certificate (record further certificates through \
			/api/talent/workers/{id}/certificates). Headers (Chinese, or the English in brackets): \
			姓名 (name), 身份证号码 or 身份证号 (residentId, format the column as text so Excel keeps all 18 \
			characters), 学历 (education: 高中/中专, 大专, 本科, 硕士, 博士), 从业年限 (yearsOfService, 0-60), \
			证书等级 (certificateLevel: 助理社会工作师, 社会工作师, 高级社会工作师), 证书编号 (certificateNumber), \
			考试年份 (examYear), 登记日期 (registeredOn: a date cell or yyyy-MM-dd), and optionally 入职日期 \
			(employedSince: a date cell or yyyy-MM-dd, not after today; empty or absent means hired today, and it is \
			used only for a new worker). Leave all four certificate cells empty for uncertified staff. A resident ID \
			number or certificate number may appear once per file. With dryRun=true the answer lists every row as OK \
			or BAD (rule slug and message, resident ID masked) and what applying it would do (CREATE a worker, \
			UPDATE a worker already recorded, with `changes` naming the corrected fields name, education, \
			yearsOfService and/or certificate when one is added; ALREADY_PRESENT: nothing), and nothing is written. \
			Applying records each correction in the worker's profile history as imported from the file's name. Without it, the valid rows are applied in the \
			background: the answer is 202 with the job to poll at GET /api/talent/imports/{jobId}. Workers are \
			matched by resident ID number and certificates by number, so importing the same file again changes \
			nothing; an import the service stopped in the middle of reads as INTERRUPTED, and uploading the same \
			file again finishes it safely. Refusals: import-file-too-large (413), import-file-not-xlsx, \
			import-headers-missing, import-too-many-rows (422).""";

	private static final int MAX_FILE_NAME_IN_HISTORY = 200;

	private final TalentImport talentImport;

	private final ImportProperties properties;

	ImportController(TalentImport talentImport, ImportProperties properties) {
		this.talentImport = talentImport;
		this.properties = properties;
	}

	/**
	 * One handler for both, so that any spelling of a true {@code dryRun} (TRUE, 1, yes)
	 * is a dry run: a second mapping keyed on the exact text "true" would apply the file
	 * for "TRUE".
	 */
	@Operation(summary = "Check (dryRun=true) or apply in the background an .xlsx import of workers and certificates",
			description = SHEET_LAYOUT)
	@ApiResponse(responseCode = "200", description = "dry run: every row and what applying it would do",
			content = @Content(schema = @Schema(implementation = ImportResponses.DryRun.class)))
	@ApiResponse(responseCode = "202", description = "applying: the job to poll",
			content = @Content(schema = @Schema(implementation = ImportResponses.Job.class)))
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(Caller caller, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		if (dryRun) {
			return ResponseEntity.ok(ImportResponses.DryRun.of(this.talentImport.dryRun(caller, bytesOf(file))));
		}
		ImportJob job = this.talentImport.start(caller, fileNameOf(file), bytesOf(file));
		return ResponseEntity.accepted()
			.location(URI.create("/api/talent/imports/" + job.id()))
			.body(ImportResponses.Job.of(job));
	}

	@Operation(summary = "Progress and report of an import your agency started")
	@GetMapping("/{jobId}")
	ImportResponses.Job read(Caller caller, @PathVariable String jobId) {
		return ImportResponses.Job.of(this.talentImport.readOwn(caller, jobId));
	}

	/** As the worker's history names it; a client may send no name at all. */
	private static String fileNameOf(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "an uploaded sheet";
		}
		name = name.strip();
		return (name.length() > MAX_FILE_NAME_IN_HISTORY) ? name.substring(0, MAX_FILE_NAME_IN_HISTORY) : name;
	}

	/** Checks the size before reading, so an oversized upload is never held in memory. */
	private byte[] bytesOf(MultipartFile file) throws IOException {
		if (file.getSize() > this.properties.maxFileSize().toBytes()) {
			throw new ImportFileTooLargeException(this.properties.maxFileSize().toBytes());
		}
		return file.getBytes();
	}

}
