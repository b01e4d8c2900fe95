using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Workflow.Server.Authentication;

/// <summary>
/// Accounts and roles (ASP.NET Core Identity), in the same database as the engine, in tables of
/// their own with their own migration history. One subclass per provider keeps migrations apart.
/// </summary>
public abstract class ServerIdentityDbContext(DbContextOptions options) : IdentityDbContext<ServerUser>(options)
{
    public const string MigrationsHistoryTable = "__identity_migrations";

    public DbSet<SignInFailureRecord> SignInFailures => Set<SignInFailureRecord>();

    public DbSet<ServerSecretRecord> ServerSecrets => Set<ServerSecretRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ServerUser>(b =>
        {
            b.ToTable("identity_users");
            b.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        });
        builder.Entity<IdentityRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<SignInFailureRecord>(b =>
        {
            b.ToTable("identity_sign_in_failures");
            b.HasKey(f => f.Key);
            b.Property(f => f.Key).HasMaxLength(64);
            // Pruning deletes by age.
            b.HasIndex(f => f.LastFailureAt);
        });
        builder.Entity<ServerSecretRecord>(b =>
        {
            b.ToTable("identity_server_secrets");
            b.HasKey(s => s.Name);
            b.Property(s => s.Name).HasMaxLength(64);
            b.Property(s => s.ProtectedValue).HasMaxLength(2000).IsRequired();
        });
    }
}
