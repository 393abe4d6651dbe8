package cn.shegong.talent.importing.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one upload may hold.
 *
 * @param maxFileSize a workbook of a few thousand workers is well under a megabyte;
 * anything much larger is a mistake or an attack
 * @param maxRows the most worker rows one sheet may hold
 */
@ConfigurationProperties("shegong.talent.import")
public record ImportProperties(DataSize maxFileSize, int maxRows) {

	public ImportProperties {
		if (maxFileSize == null || maxFileSize.toBytes() <= 0 || maxRows <= 0) {
			throw new IllegalArgumentException("shegong.talent.import needs a positive max-file-size and max-rows");
		}
	}

}
