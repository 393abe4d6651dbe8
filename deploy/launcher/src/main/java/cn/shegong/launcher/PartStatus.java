package cn.shegong.launcher;

import java.util.Locale;

/** One line of {@code ./suite status}. */
public record PartStatus(String name, State state, String url, long pid, long residentBytes) {

	public String line() {
		String memory = (this.pid == 0) ? "-"
				: String.format(Locale.ROOT, "%d MiB", this.residentBytes / (1024 * 1024));
		String process = (this.pid == 0) ? "-" : Long.toString(this.pid);
		return String.format(Locale.ROOT, "%-20s %-8s %-45s pid %-8s rss %s", this.name,
				this.state.name().toLowerCase(Locale.ROOT), this.url, process, memory);
	}

	public enum State {

		HEALTHY, STARTING, STOPPED

	}

}
