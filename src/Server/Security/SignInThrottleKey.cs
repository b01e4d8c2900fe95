using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflow.Server.Authentication;

namespace Workflow.Server.Security;

/// <summary>
/// Hashes "address + user name" with a key every node shares, so the throttle's table identifies
/// nobody: without the key, the few billion addresses times the known names cannot be tried against it.
/// The key is made once, kept in the database encrypted with the data-protection key ring (which
/// the nodes share, and which the database does not hold), and cached by each node.
/// </summary>
public sealed class SignInThrottleKey(IDataProtectionProvider protection, ILogger<SignInThrottleKey> logger)
{
    private const string SecretName = "sign-in-throttle";
    private readonly IDataProtector _protector = protection.CreateProtector("Workflow.Server.SignInThrottleKey");
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async Task<string> HashAsync(ServerIdentityDbContext db, string text, CancellationToken cancellationToken = default)
    {
        var key = _key ?? await LoadAsync(db, cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    private async Task<byte[]> LoadAsync(ServerIdentityDbContext db, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; _key is null; attempt++)
            {
                var stored = await db.ServerSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
                if (stored is not null && TryUnprotect(stored.ProtectedValue) is { } known)
                {
                    _key = known;
                }
                else if (attempt >= 3)
                {
                    throw new InvalidOperationException("The sign-in throttle's key keeps changing: the server nodes do not share one data-protection key ring (DataProtection:KeysPath).");
                }
                else
                {
                    var made = RandomNumberGenerator.GetBytes(32);
                    if (await TryStoreAsync(db, stored, _protector.Protect(Convert.ToBase64String(made)), cancellationToken))
                    {
                        _key = made;
                    }
                }
            }

            return _key;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Stores a new key unless another node stored or replaced one meanwhile (then that one is read).</summary>
    private async Task<bool> TryStoreAsync(ServerIdentityDbContext db, ServerSecretRecord? stored, string value, CancellationToken cancellationToken)
    {
        if (stored is not null)
        {
            // The key ring that encrypted it is gone; the counts made with it are lost, which only forgives some failures.
            logger.LogWarning("The sign-in throttle's key cannot be decrypted with this node's data-protection keys; a new key replaces it");
            return await db.ServerSecrets.Where(s => s.Name == SecretName && s.ProtectedValue == stored.ProtectedValue)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProtectedValue, value), cancellationToken) == 1;
        }

        return await db.TryInsertAsync(new ServerSecretRecord { Name = SecretName, ProtectedValue = value }, cancellationToken);
    }

    private byte[]? TryUnprotect(string value)
    {
        try
        {
            return Convert.FromBase64String(_protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
