namespace WorkAbility.Testing;

/// <summary>Settings every test host of the app needs, in both the HTTP and the browser test projects.</summary>
internal static class TestHosts
{
    /// <summary>The access-log key of test hosts (configuration, not a file: nothing to clean up).</summary>
    public const string AccessLogKeyId = "test-1";

    public const string AccessLogKey = "dGVzdC1rZXktb2YtdGhlLWFjY2Vzcy1sb2ctY2hhaW4tMzItYnl0ZXMh";

    /// <summary>
    /// A test run starts many hosts; each would watch appsettings and the screening rule file with
    /// an inotify instance, and a disposed host does not release them all (dotnet/runtime#115557).
    /// Linux allows 128 per user, so test hosts poll instead and never reload configuration.
    /// Call before the first host starts.
    /// </summary>
    public static void WatchNoFiles()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
