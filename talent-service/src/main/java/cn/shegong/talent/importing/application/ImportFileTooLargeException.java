package cn.shegong.talent.importing.application;

/**
 * An upload over the configured cap. Not a rule violation (422) but 413, the status the
 * servlet container's own multipart limit gives, so the web edge maps both the same way.
 */
public class ImportFileTooLargeException extends RuntimeException {

	private final long maxBytes;

	public ImportFileTooLargeException(long maxBytes) {
		super("An import file may be at most " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

}
