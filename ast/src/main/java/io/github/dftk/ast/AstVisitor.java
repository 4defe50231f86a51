package io.github.dftk.ast;

/**
 * Visits typed instructions (Java 17 has no pattern switch over sealed types). Override the
 * methods of interest; the others fall back to {@link #visitDefault}.
 */
public interface AstVisitor<R> {

    R visitDefault(Instruction instruction);

    default R visitFrom(FromInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitRun(RunInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitCmd(CmdInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitEntrypoint(EntrypointInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitShell(ShellInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitEnv(EnvInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitLabel(LabelInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitArg(ArgInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitCopy(CopyInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitAdd(AddInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitExpose(ExposeInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitVolume(VolumeInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitUser(UserInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitWorkdir(WorkdirInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitStopSignal(StopSignalInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitHealthcheck(HealthcheckInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitOnbuild(OnbuildInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitMaintainer(MaintainerInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitUnknown(UnknownInstruction instruction) {
        return visitDefault(instruction);
    }

    default R visitExperimental(ExperimentalInstruction instruction) {
        return visitDefault(instruction);
    }
}
