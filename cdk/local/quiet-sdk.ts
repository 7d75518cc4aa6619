// Imported first by local entry points: Node 20 is supported here until the SDK drops it (TOOLCHAIN.md).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
