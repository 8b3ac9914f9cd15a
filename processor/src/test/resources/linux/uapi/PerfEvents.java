package linux.uapi;

/**
 * User code: fills a {@code perf_event_attr} for {@code perf_event_open(2)} the way perf's own tools do (count
 * instructions in user space, start disabled, sample every 100000 events), with the generated setters.
 */
public final class PerfEvents {
    public static final int PERF_TYPE_HARDWARE = 0;
    public static final long PERF_COUNT_HW_INSTRUCTIONS = 1;
    public static final long PERF_SAMPLE_IP = 1L << 0;
    public static final long PERF_SAMPLE_TID = 1L << 1;

    private PerfEvents() {}

    public static byte[] instructionsSampler() {
        byte[] attr = new byte[PerfEventAttrBits.SIZE];
        PerfEventAttrBits.setType(attr, 0, PERF_TYPE_HARDWARE);
        PerfEventAttrBits.setSize(attr, 0, PerfEventAttrBits.SIZE);
        PerfEventAttrBits.setConfig(attr, 0, PERF_COUNT_HW_INSTRUCTIONS);
        PerfEventAttrBits.setSample(attr, 0, SamplePeriodBits.withSamplePeriod(0L, 100_000L));
        PerfEventAttrBits.setSampleType(attr, 0, PERF_SAMPLE_IP | PERF_SAMPLE_TID);
        PerfEventAttrBits.setDisabled(attr, 0, true);
        PerfEventAttrBits.setExcludeKernel(attr, 0, true);
        PerfEventAttrBits.setExcludeHv(attr, 0, true);
        PerfEventAttrBits.setPreciseIp(attr, 0, 2);
        PerfEventAttrBits.setWakeup(attr, 0, WakeupBits.withWakeupEvents(0, 16));
        PerfEventAttrBits.setClockid(attr, 0, -1);
        PerfEventAttrBits.setSampleMaxStack(attr, 0, 127);
        return attr;
    }

    /** The fields set above, read back. */
    public static String describe(byte[] attr) {
        return "type=" + PerfEventAttrBits.type(attr, 0)
                + " size=" + PerfEventAttrBits.size(attr, 0)
                + " config=" + PerfEventAttrBits.config(attr, 0)
                + " samplePeriod=" + SamplePeriodBits.samplePeriod(PerfEventAttrBits.sample(attr, 0))
                + " sampleType=" + PerfEventAttrBits.sampleType(attr, 0)
                + " disabled=" + PerfEventAttrBits.disabled(attr, 0)
                + " excludeUser=" + PerfEventAttrBits.excludeUser(attr, 0)
                + " excludeKernel=" + PerfEventAttrBits.excludeKernel(attr, 0)
                + " excludeHv=" + PerfEventAttrBits.excludeHv(attr, 0)
                + " preciseIp=" + PerfEventAttrBits.preciseIp(attr, 0)
                + " wakeupEvents=" + WakeupBits.wakeupEvents(PerfEventAttrBits.wakeup(attr, 0))
                + " clockid=" + PerfEventAttrBits.clockid(attr, 0)
                + " sampleMaxStack=" + PerfEventAttrBits.sampleMaxStack(attr, 0);
    }
}
