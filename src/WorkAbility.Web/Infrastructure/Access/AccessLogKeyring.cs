using System.Security.Cryptography;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>
/// The secrets that key the access log's chain, held outside the database so that whoever can
/// write the database still cannot forge a chain that verifies. Keys come from configuration
/// (<c>AccessLog:Keys:{id}</c>, base64, at least 32 bytes) and from a key file
/// (<c>AccessLog:KeyFile</c>: one <c>id base64</c> line per key, the last one current). Old keys
/// stay so that what they sealed still verifies; the chain records each rotation as an entry.
/// </summary>
public sealed class AccessLogKeyring
{
    public const int MinimumKeyBytes = 32;
    private readonly Dictionary<string, byte[]> keys;

    public AccessLogKeyring(IReadOnlyList<(string Id, byte[] Key)> keys, string currentId)
    {
        this.keys = keys.ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);
        if (!this.keys.ContainsKey(currentId))
        {
            throw new InvalidOperationException($"The current access-log key '{currentId}' is not among the configured keys.");
        }
        CurrentId = currentId;
    }

    public string CurrentId { get; }
    public byte[] Current => keys[CurrentId];
    public IReadOnlyCollection<string> KeyIds => keys.Keys;

    public byte[]? KeyFor(string id) => keys.GetValueOrDefault(id);

    /// <summary>Reads the keys; in a demo installation makes the key file on first start.</summary>
    public static AccessLogKeyring Load(AccessLogSettings settings, IHostEnvironment environment)
    {
        var list = settings.Keys.Select(k => (k.Key, Decode(k.Key, k.Value))).ToList();
        string? current = settings.CurrentKeyId;
        var file = settings.KeyFilePath(environment);
        if (file is not null && !File.Exists(file) && list.Count == 0 && settings.CreateKeyFileIfMissing)
        {
            AppendNewKey(file);
        }
        if (file is not null && File.Exists(file))
        {
            var fromFile = ReadKeyFile(file);
            list.AddRange(fromFile);
            current ??= fromFile.Count > 0 ? fromFile[^1].Id : null;
        }
        if (list.Count == 0)
        {
            throw new InvalidOperationException(
                "No access-log key is configured: set AccessLog:KeyFile (a file outside the database) or AccessLog:Keys:<id> with AccessLog:CurrentKeyId.");
        }
        current ??= list.Count == 1 ? list[0].Item1
            : throw new InvalidOperationException("Several access-log keys are configured: name the current one with AccessLog:CurrentKeyId.");
        return new AccessLogKeyring(list, current);
    }

    /// <summary>Adds a fresh random key as the file's last (current) line; returns its id.</summary>
    public static string AppendNewKey(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var existing = File.Exists(file) ? ReadKeyFile(file).Select(k => k.Id).ToHashSet(StringComparer.Ordinal) : [];
        string id;
        do
        {
            id = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        }
        while (existing.Contains(id));
        var line = $"{id} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes))}\n";
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(file, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(line);
        }
        return id;
    }

    private static List<(string Id, byte[] Key)> ReadKeyFile(string file)
    {
        var keys = new List<(string, byte[])>();
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new InvalidOperationException($"The access-log key file {file} has a line that is not '<id> <base64 key>'.");
            }
            keys.Add((parts[0], Decode(parts[0], parts[1])));
        }
        return keys;
    }

    private static byte[] Decode(string id, string? base64)
    {
        if (id.Length is 0 or > WorkAbility.Domain.Access.AccessLogSeal.KeyIdMaxLength)
        {
            throw new InvalidOperationException($"Access-log key id '{id}' must be 1–{WorkAbility.Domain.Access.AccessLogSeal.KeyIdMaxLength} characters.");
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Access-log key '{id}' is not base64.");
        }
        return key.Length >= MinimumKeyBytes ? key
            : throw new InvalidOperationException($"Access-log key '{id}' is shorter than {MinimumKeyBytes} bytes.");
    }
}
