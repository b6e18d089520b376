//! A seccomp filter against the system calls a solution never needs and that would reach
//! beyond its own processes: sockets (a box has no network; `socketpair` stays allowed),
//! tracing and reading other processes' memory, kernel keyrings, BPF, performance counters,
//! user-space page faults, and new namespaces or mounts.

use std::io;

/// `struct sock_filter` instructions (classic BPF).
const LOAD_WORD: u16 = 0x20; // BPF_LD | BPF_W | BPF_ABS
const JUMP_EQUAL: u16 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
const JUMP_GREATER_EQUAL: u16 = 0x35; // BPF_JMP | BPF_JGE | BPF_K
const RETURN: u16 = 0x06; // BPF_RET | BPF_K
const RET_KILL_PROCESS: u32 = 0x8000_0000;
const RET_ERRNO_EPERM: u32 = 0x0005_0000 | libc::EPERM as u32;
const RET_ALLOW: u32 = 0x7fff_0000;
/// Offsets in `struct seccomp_data`.
const NR: u32 = 0;
const ARCH: u32 = 4;

fn instruction(code: u16, jump_true: u8, jump_false: u8, k: u32) -> libc::sock_filter {
    libc::sock_filter {
        code,
        jt: jump_true,
        jf: jump_false,
        k,
    }
}

/// Installs `filter` for this thread and every process it starts, for good. Sets
/// `no_new_privs`, which an unprivileged process needs to install a filter.
pub fn install(filter: &[libc::sock_filter]) -> io::Result<()> {
    let program = libc::sock_fprog {
        len: u16::try_from(filter.len()).map_err(io::Error::other)?,
        filter: filter.as_ptr().cast_mut(),
    };
    // SAFETY: `program` points at `filter`, which outlives the calls; the kernel copies it.
    unsafe {
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
            || libc::prctl(
                libc::PR_SET_SECCOMP,
                libc::SECCOMP_MODE_FILTER,
                &program as *const libc::sock_fprog,
            ) != 0
        {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The filter for x86-64; on other architectures boxes run without one.
#[cfg(target_arch = "x86_64")]
pub fn filter() -> Option<Vec<libc::sock_filter>> {
    const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
    /// x32 system calls are numbered from here; they would bypass the list.
    const X32_SYSCALL_BIT: u32 = 0x4000_0000;
    let denied = [
        libc::SYS_socket,
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_perf_event_open,
        libc::SYS_bpf,
        libc::SYS_userfaultfd,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_kexec_load,
        libc::SYS_init_module,
        libc::SYS_finit_module,
    ];
    let mut program = vec![
        instruction(LOAD_WORD, 0, 0, ARCH),
        instruction(JUMP_EQUAL, 1, 0, AUDIT_ARCH_X86_64),
        instruction(RETURN, 0, 0, RET_KILL_PROCESS),
        instruction(LOAD_WORD, 0, 0, NR),
        instruction(JUMP_GREATER_EQUAL, 0, 1, X32_SYSCALL_BIT),
        instruction(RETURN, 0, 0, RET_ERRNO_EPERM),
    ];
    for call in denied {
        program.push(instruction(JUMP_EQUAL, 0, 1, call as u32));
        program.push(instruction(RETURN, 0, 0, RET_ERRNO_EPERM));
    }
    program.push(instruction(RETURN, 0, 0, RET_ALLOW));
    Some(program)
}

#[cfg(not(target_arch = "x86_64"))]
pub fn filter() -> Option<Vec<libc::sock_filter>> {
    None
}
